export type DocumentPath = readonly (string | number)[];

export interface DocumentFinding {
  readonly path: DocumentPath;
  readonly message: string;
  readonly firstPath?: DocumentPath;
}
