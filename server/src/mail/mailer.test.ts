import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadEnv } from "../env.ts";
import { startTestSmtp, type TestSmtp } from "./fixtures.ts";
import { createMailer, mailConfigFromEnv, mailStartupNotice } from "./mailer.ts";

const MEMORY = { DATABASE_URL: ":memory:" };
const FROM = "Rehearse <rehearse@example.com>";

describe("mail configuration", () => {
  it("is off without SMTP_URL, and the server then warns at start that emails are not verified", () => {
    const config = mailConfigFromEnv(loadEnv(MEMORY));
    expect(config).toBeNull();
    const notice = mailStartupNotice(config);
    expect(notice.level).toBe("warn");
    expect(notice.text).toMatch(/^Emails are NOT verified \(SMTP_URL is not set\): whoever signs up first with an invited address can accept that invitation/);
    expect(notice.text).toContain("Set SMTP_URL and MAIL_FROM");
  });

  it("is on with SMTP_URL and MAIL_FROM, and says so at start without printing the SMTP password", () => {
    const config = mailConfigFromEnv(loadEnv({ ...MEMORY, SMTP_URL: "smtps://mailer:hunter2-secret@smtp.example.com:465", MAIL_FROM: FROM }));
    expect(config).toEqual({ url: "smtps://mailer:hunter2-secret@smtp.example.com:465", from: FROM });
    const notice = mailStartupNotice(config);
    expect(notice).toEqual({ level: "log", text: `Emails are verified: mail goes out through smtp.example.com:465 from ${FROM}` });
  });

  it("refuses half a configuration, another scheme, and a sender that is not one address on one line", () => {
    expect(() => loadEnv({ ...MEMORY, SMTP_URL: "smtp://localhost:25" })).toThrow(/MAIL_FROM: is required with SMTP_URL/);
    expect(() => loadEnv({ ...MEMORY, MAIL_FROM: FROM })).toThrow(/SMTP_URL: is required with MAIL_FROM/);
    expect(() => loadEnv({ ...MEMORY, SMTP_URL: "http://localhost:25", MAIL_FROM: FROM })).toThrow(/SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL/);
    for (const from of ["rehearse", "Rehearse <not an address>", "a@example.com\r\nBcc: everyone@example.com"]) {
      expect(() => loadEnv({ ...MEMORY, SMTP_URL: "smtp://localhost:25", MAIL_FROM: from }), from).toThrow(/MAIL_FROM: must be an email address/);
    }
    expect(loadEnv({ ...MEMORY, SMTP_URL: "smtp://localhost:25", MAIL_FROM: "no-reply@example.com" }).MAIL_FROM).toBe("no-reply@example.com");
  });
});

describe("createMailer", () => {
  let smtp: TestSmtp;
  beforeAll(async () => {
    smtp = await startTestSmtp();
  });
  afterAll(() => smtp.close());

  it("hands a message to the SMTP server with the credentials in SMTP_URL, from MAIL_FROM", async () => {
    const mailer = createMailer({ url: smtp.url, from: FROM });
    await mailer.send({ to: "ada@example.com", subject: "Hello", text: `A line longer than a mail line may be, with a link: http://localhost:3000/${"x".repeat(120)}?a=1&b=2` });
    mailer.close();
    const mail = await smtp.nextMailTo("ada@example.com");
    expect(mail).toMatchObject({ from: FROM, to: ["ada@example.com"], subject: "Hello" });
    expect(mail.text).toContain(`http://localhost:3000/${"x".repeat(120)}?a=1&b=2`);
  });

  it("rejects when the SMTP server refuses the login", async () => {
    const wrong = new URL(smtp.url);
    wrong.password = "not-the-password";
    const mailer = createMailer({ url: wrong.href, from: FROM });
    await expect(mailer.send({ to: "ada@example.com", subject: "Hello", text: "Hi" })).rejects.toThrow(/Invalid username or password/);
    mailer.close();
  });
});
