export declare const RUN_LENGTH: number;
export declare function words(text: string): string[];
export declare function wordRuns(text: string, length: number): string[];
export declare function fingerprint(run: string): string;
