// CommonJS: the legacy `bull-board` package, Koa and Hapi adapters.
const express = require('express');
const Koa = require('koa');
const Hapi = require('@hapi/hapi');
const { createBullBoard } = require('bull-board');
const { BullAdapter } = require('bull-board/bullAdapter');
const { KoaAdapter } = require('@bull-board/koa');
const { HapiAdapter } = require('@bull-board/hapi');
const Queue = require('bull');

const mail = new Queue('mail');

function legacyOpen() {
  const app = express();
  const { router } = createBullBoard([new BullAdapter(mail)]);
  // ruleid: bull-board-unauthenticated
  app.use('/admin/queues', router);
  return app;
}

/** @param {import('express').RequestHandler} ensureAdmin */
function legacyProtected(ensureAdmin) {
  const app = express();
  const { router } = createBullBoard([new BullAdapter(mail)]);
  // ok: bull-board-unauthenticated
  app.use('/admin/queues', ensureAdmin, router);
  return app;
}

async function koaOpen() {
  const app = new Koa();
  const serverAdapter = new KoaAdapter();
  serverAdapter.setBasePath('/ui');
  // ruleid: bull-board-unauthenticated
  app.use(serverAdapter.registerPlugin());
  return app;
}

/** @param {typeof import('koa-basic-auth')} koaBasicAuth */
async function koaBehindAuth(koaBasicAuth) {
  const app = new Koa();
  const serverAdapter = new KoaAdapter();
  app.use(koaBasicAuth({ name: 'ops', pass: process.env.BOARD_PASSWORD }));
  // ok: bull-board-unauthenticated
  app.use(serverAdapter.registerPlugin());
  return app;
}

async function hapiOpen() {
  const server = Hapi.server({ port: 3000 });
  const serverAdapter = new HapiAdapter();
  // ruleid: bull-board-unauthenticated
  await server.register(serverAdapter.registerPlugin(), { routes: { prefix: '/ui' } });
}

async function hapiWithStrategy() {
  const server = Hapi.server({ port: 3000 });
  const serverAdapter = new HapiAdapter();
  // ok: bull-board-unauthenticated
  await server.register({ plugin: serverAdapter.registerPlugin(), options: { auth: 'simple' } }, { routes: { prefix: '/ui' } });
}

async function hapiPluginWithoutAuth() {
  const server = Hapi.server({ port: 3000 });
  const serverAdapter = new HapiAdapter();
  // ruleid: bull-board-unauthenticated
  await server.register({ plugin: serverAdapter.registerPlugin() }, { routes: { prefix: '/ui' } });
}

module.exports = { legacyOpen, legacyProtected, koaOpen, koaBehindAuth, hapiOpen, hapiWithStrategy, hapiPluginWithoutAuth };
