/** Types of build-cli.mjs for the tests that build the CLI bundle. */
export declare const ROOT: string;
export declare const CLI_OUTDIR: string;
export declare const EXTERNAL: string[];
export declare function buildCli(outdir?: string): Promise<string>;
export declare function cliIsStale(outdir?: string): boolean;
