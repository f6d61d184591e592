// The part of xml2js that test/manifest.test.ts uses. xml2js is the parser office-addin-manifest itself reads
// manifests with; it ships no types of its own.
declare module "xml2js" {
  export interface ParserOptions {
    explicitChildren?: boolean;
    preserveChildrenOrder?: boolean;
    explicitCharkey?: boolean;
    charsAsChildren?: boolean;
  }
  export function parseStringPromise(xml: string, options?: ParserOptions): Promise<unknown>;
}
