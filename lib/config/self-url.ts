/** Where this server can reach itself (the demo simulator and, without APP_URL, its callbacks). */
export const selfUrl = () => `http://127.0.0.1:${process.env.PORT ?? "3000"}`;
