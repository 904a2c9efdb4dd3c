// Basic-auth middlewares that Bull Board cases put in front of the board.
declare module 'express-basic-auth' {
  import type { RequestHandler } from 'express';

  interface BasicAuthOptions {
    users?: Record<string, string>;
    authorizer?: (user: string, password: string) => boolean;
    challenge?: boolean;
    realm?: string;
  }
  function basicAuth(options: BasicAuthOptions): RequestHandler;
  export = basicAuth;
}

declare module 'koa-basic-auth' {
  import type { Middleware } from 'koa';

  function auth(options: { name: string; pass: string }): Middleware;
  export = auth;
}
