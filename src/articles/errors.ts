/** The one error type of the articles stage: its message names the file and says what is wrong. */
export class ArticleError extends Error {
  readonly file: string;
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'ArticleError';
    this.file = file;
  }
}
