// Minimal stand-in for a generated `@prisma/client`: the cases only need the call shapes of model
// delegates (`prisma.<model>.create({ data })`, ...) and `$transaction`, not a real schema.
declare module '@prisma/client' {
  type Args = Record<string, any>;

  export interface PrismaModelDelegate {
    create(args: { data: Args } & Args): Promise<any>;
    createMany(args: { data: Args | Args[]; skipDuplicates?: boolean }): Promise<{ count: number }>;
    createManyAndReturn(args: { data: Args | Args[] } & Args): Promise<any[]>;
    upsert(args: { where: Args; create: Args; update: Args } & Args): Promise<any>;
    update(args: { where: Args; data: Args } & Args): Promise<any>;
    updateMany(args: { where?: Args; data: Args }): Promise<{ count: number }>;
    delete(args: { where: Args } & Args): Promise<any>;
    deleteMany(args?: { where?: Args }): Promise<{ count: number }>;
    findUnique(args: { where: Args } & Args): Promise<any>;
    findFirst(args?: Args): Promise<any>;
    findMany(args?: Args): Promise<any[]>;
    count(args?: Args): Promise<number>;
  }

  /** Every model of the (imaginary) schema: `prisma.bill`, `tx.line`, ... */
  export type PrismaModels = { [model: string]: PrismaModelDelegate };

  export type TransactionClient = PrismaModels;

  export interface PrismaClientMethods {
    $connect(): Promise<void>;
    $disconnect(): Promise<void>;
    $transaction<T>(fn: (tx: TransactionClient) => Promise<T>, options?: Args): Promise<T>;
    $transaction<const P extends readonly Promise<unknown>[]>(operations: P): Promise<{ [K in keyof P]: Awaited<P[K]> }>;
    $executeRaw(query: TemplateStringsArray, ...values: unknown[]): Promise<number>;
    $queryRaw<T = unknown>(query: TemplateStringsArray, ...values: unknown[]): Promise<T>;
  }

  export type PrismaClient = PrismaClientMethods & PrismaModels;
  export const PrismaClient: new (options?: Args) => PrismaClient;
}
