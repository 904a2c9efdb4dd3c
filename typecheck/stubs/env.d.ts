// Environment variables the cases read. Declared as set so that `new Queue('q', process.env.REDIS_URL)`
// type-checks in the .js cases, which cannot write `!`.
declare namespace NodeJS {
  interface ProcessEnv {
    REDIS_URL: string;
    REDIS_HOST: string;
    BOARD_PASSWORD: string;
  }
}
