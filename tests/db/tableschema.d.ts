// The Frictionless Data Table Schema library ships no types: the part the tests use.
declare module "tableschema" {
  export class Schema {
    static load(descriptor: object, options?: { strict?: boolean }): Promise<Schema>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly fieldNames: string[];
    castRow(row: unknown[]): unknown[];
  }
}
