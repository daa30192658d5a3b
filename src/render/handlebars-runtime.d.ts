// Handlebars' runtime build (`handlebars/runtime.js`: templates compiled ahead of time, no compiler)
// is the very object the package's main entry exports, without `compile` and `precompile` working;
// the package's own declaration for this path declares nothing.
declare module "handlebars/runtime.js" {
  import Handlebars from "handlebars";
  export default Handlebars;
}
