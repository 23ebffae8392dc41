#!/usr/bin/env node
// The `rehearse` command. Node 24 runs the TypeScript sources directly.
import { main } from "../server/src/cli/main.ts";

process.exitCode = await main(process.argv.slice(2));
