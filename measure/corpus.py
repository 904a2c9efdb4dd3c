"""A deterministic synthetic corpus of TypeScript and JavaScript for the benchmark.

Mostly unrelated business code, with NestJS modules, Express and Fastify apps, BullMQ workers and
producers mixed in, and a few huge and minified files, as large monorepos have.
"""

from __future__ import annotations

import random
from pathlib import Path

ENTITIES = ["invoice", "customer", "order", "payment", "shipment", "report", "account", "ticket", "product",
            "subscription", "refund", "coupon", "webhook", "export", "document"]


def _camel(word: str) -> str:
    return word[0].upper() + word[1:]


def business_module(rng: random.Random, entity: str, index: int) -> str:
    name = _camel(entity)
    fields = rng.sample(["id", "tenantId", "amount", "status", "createdAt", "note", "email", "total", "currency",
                         "ownerId", "dueDate", "lines", "tags"], 6)
    out = [f"import {{ z }} from 'zod';", f"import {{ db }} from '../db';", "",
           f"export interface {name}{index} {{"]
    out += [f"  {f}: {rng.choice(['string', 'number', 'boolean', 'Date', 'string[]'])};" for f in fields]
    out += ["}", "", f"export const {entity}{index}Schema = z.object({{"]
    out += [f"  {f}: z.{rng.choice(['string', 'number', 'boolean', 'date'])}()," for f in fields]
    out += ["});", ""]
    for n in range(rng.randint(6, 14)):
        out += [f"export async function {entity}Step{index}_{n}(input: {name}{index}, limit = {rng.randint(1, 500)}) {{",
                f"  const rows = await db.{entity}.findMany({{ where: {{ status: '{rng.choice(['open', 'paid', 'void'])}' }}, take: limit }});",
                "  let total = 0;",
                "  for (const row of rows) {",
                f"    if (row.{rng.choice(fields)} && total < {rng.randint(10, 9999)}) {{",
                "      total += Number(row.amount ?? 0);",
                "    } else {",
                f"      console.log('skip', row.id, '{entity}');",
                "    }",
                "  }",
                f"  return {{ total, count: rows.length, kind: '{entity}-{n}' }};",
                "}", ""]
    return "\n".join(out)


def express_app(rng: random.Random, index: int) -> str:
    out = ["import express from 'express';", "import { requireUser } from './auth';", "",
           "const app = express();", "app.use(express.json());", ""]
    for entity in rng.sample(ENTITIES, 6):
        out += [f"app.get('/{entity}s/:id', requireUser, async (req, res) => {{",
                f"  const item = await load{_camel(entity)}(req.params.id);",
                "  if (!item) return res.status(404).end();",
                "  res.json(item);",
                "});", ""]
    out += [f"app.listen({3000 + index});", ""]
    out += [f"declare function load{_camel(e)}(id: string): Promise<unknown>;" for e in ENTITIES]
    return "\n".join(out)


def fastify_app(rng: random.Random, index: int) -> str:
    out = ["import Fastify from 'fastify';", "", "const fastify = Fastify({ logger: true });", ""]
    for entity in rng.sample(ENTITIES, 5):
        out += [f"fastify.post('/{entity}s', async (request, reply) => {{",
                "  const body = request.body as Record<string, unknown>;",
                f"  reply.code(201).send({{ ok: true, kind: '{entity}', size: Object.keys(body).length }});",
                "});", ""]
    out += [f"fastify.listen({{ port: {4000 + index} }});", ""]
    return "\n".join(out)


def nest_module(rng: random.Random, index: int) -> str:
    entity = rng.choice(ENTITIES)
    name = _camel(entity)
    return "\n".join([
        "import { Injectable, Module, Controller, Get, Param } from '@nestjs/common';", "",
        "@Injectable()", f"export class {name}Service{index} {{",
        f"  private cache = new Map<string, number>();",
        f"  get(id: string) {{ return this.cache.get(id) ?? {rng.randint(0, 99)}; }}",
        "}", "",
        f"@Controller('{entity}s')", f"export class {name}Controller{index} {{",
        f"  constructor(private readonly service: {name}Service{index}) {{}}",
        "  @Get(':id')", "  find(@Param('id') id: string) { return this.service.get(id); }",
        "}", "",
        f"@Module({{ controllers: [{name}Controller{index}], providers: [{name}Service{index}] }})",
        f"export class {name}Module{index} {{}}", ""])


def bullmq_worker(rng: random.Random, index: int) -> str:
    entity = rng.choice(ENTITIES)
    return "\n".join([
        "import { Worker, Queue, Job } from 'bullmq';", "import IORedis from 'ioredis';", "",
        "const connection = new IORedis(process.env.REDIS_URL!, { maxRetriesPerRequest: null });", "",
        f"export const {entity}Queue{index} = new Queue('{entity}-{index}', {{",
        "  connection,",
        f"  defaultJobOptions: {{ attempts: {rng.randint(1, 8)}, backoff: {{ type: 'exponential', delay: 1000 }},",
        "    removeOnComplete: { count: 1000 }, removeOnFail: { age: 7 * 24 * 3600 } },",
        "});", "",
        f"async function process{index}(job: Job<{{ id: string; tenantId: string }}>) {{",
        "  const { id, tenantId } = job.data;",
        "  await job.updateProgress(50);",
        "  return { id, tenantId };",
        "}", "",
        f"export const worker{index} = new Worker('{entity}-{index}', process{index}, {{ connection, concurrency: {rng.randint(1, 20)} }});",
        f"worker{index}.on('error', (err) => console.error(err));",
        f"worker{index}.on('failed', (job, err) => console.error(job?.id, err));", "",
        "process.on('SIGTERM', async () => {",
        f"  await worker{index}.close();",
        "  process.exit(0);",
        "});", ""])


def producer_js(rng: random.Random, index: int) -> str:
    entity = rng.choice(ENTITIES)
    return "\n".join([
        "const { Queue } = require('bullmq');", "",
        f"const queue = new Queue('{entity}', {{ connection: {{ host: process.env.REDIS_HOST }} }});", "",
        f"async function enqueue{index}(items) {{",
        "  for (const item of items) {",
        f"    await queue.add('{entity}', {{ id: item.id }}, {{ jobId: `{entity}-${{item.id}}`, attempts: 3 }});",
        "  }",
        "}", "", f"module.exports = {{ enqueue{index} }};", ""])


def minified(rng: random.Random, size: int) -> str:
    parts = []
    for n in range(size):
        parts.append(f"function a{n}(b,c){{var d=b+c*{rng.randint(1, 99)};return d>{rng.randint(1, 999)}?a{max(n - 1, 0)}(d,1):d}}")
    return ";".join(parts) + ";\n"


def write_corpus(root: Path, target_lines: int = 300_000, seed: int = 20261203) -> tuple[int, int]:
    """Write the corpus under `root`; returns (files, lines)."""
    rng = random.Random(seed)
    files = lines = index = 0
    makers = [(business_module, 70), (express_app, 6), (fastify_app, 4), (nest_module, 10), (bullmq_worker, 6),
              (producer_js, 4)]
    weights = [w for _, w in makers]
    while lines < target_lines:
        index += 1
        maker = rng.choices([m for m, _ in makers], weights)[0]
        if maker is business_module:
            text, suffix = business_module(rng, rng.choice(ENTITIES), index), ".ts"
        else:
            text = maker(rng, index)
            suffix = ".js" if maker is producer_js else ".ts"
        path = root / f"pkg{index % 25}" / "src" / f"{maker.__name__}_{index}{suffix}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        files += 1
        lines += text.count("\n")
    for n in range(3):  # huge generated / minified bundles
        path = root / "dist" / f"bundle{n}.min.js"
        path.parent.mkdir(parents=True, exist_ok=True)
        text = minified(rng, 4000)
        path.write_text(text, encoding="utf-8")
        files += 1
        lines += text.count("\n")
    huge = "\n".join(business_module(rng, ENTITIES[n % len(ENTITIES)], 90000 + n) for n in range(60))
    (root / "generated").mkdir(exist_ok=True)
    (root / "generated" / "client.ts").write_text(huge, encoding="utf-8")
    files += 1
    lines += huge.count("\n")
    return files, lines
