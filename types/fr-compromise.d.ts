// fr-compromise ships TypeScript sources as its types, which do not compile
// under this project's strict settings; the benchmarks only call it as a
// function and cast the result, so this declaration is all they need.
declare const nlp: (text: string) => unknown
export default nlp
