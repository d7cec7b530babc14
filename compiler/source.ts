/*
 * A source file handed to the compiler: its name as the user gave it, and its text.
 *
 * The compiler never reads files itself (the library must run in a browser); the command
 * (src/cli.ts) reads them and passes them in. The name is used verbatim in positions.
 *
 * Example: { name: "x.go", text: "package main\n" }
 */
export interface SourceFile {
  name: string;
  text: string;
}
