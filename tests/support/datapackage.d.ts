/** The part of Frictionless' datapackage-js (no types of its own) that the tests use. */
declare module 'datapackage' {
  interface Resource {
    name: string;
    descriptor: Record<string, unknown>;
    read(options?: { keyed?: boolean; cast?: boolean }): Promise<unknown[]>;
  }
  export class Package {
    static load(
      descriptor: string | object,
      options?: { basePath?: string; strict?: boolean },
    ): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly resources: Resource[];
    readonly resourceNames: string[];
    getResource(name: string): Resource | null;
  }
}
