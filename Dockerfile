# Rehearse: one image that serves the web app and the API on port 3000.
# It migrates its database as it starts (MIGRATE_ON_START, under a lock); see the README.
#   docker build -t rehearse .
#   docker run -p 3000:3000 -v rehearse-data:/app/data -e BETTER_AUTH_SECRET="$(openssl rand -base64 32)" rehearse

FROM node:24-slim AS base
WORKDIR /app

# Every dependency, for the build.
FROM base AS deps
COPY package.json package-lock.json ./
RUN npm ci

FROM deps AS build
COPY . .
RUN npm run build

# Only what the server needs at run time.
FROM base AS prod-deps
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM base AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0 \
    DATABASE_URL=file:data/rehearse.db \
    MIGRATE_ON_START=true
COPY --from=prod-deps /app/node_modules ./node_modules
COPY package.json package-lock.json ./
COPY bin ./bin
COPY server ./server
COPY problems ./problems
COPY rubrics ./rubrics
COPY --from=build /app/web/dist ./web/dist
# web/dist is built above and Vite is not installed here, so `npm start` skips the build step.
RUN npm pkg set scripts.start="node --no-node-snapshot server/src/index.ts" \
 && mkdir -p data \
 && chown node:node data
USER node
VOLUME /app/data
EXPOSE 3000
CMD ["node", "--no-node-snapshot", "server/src/index.ts"]
