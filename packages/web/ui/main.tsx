import { render } from "preact";
import { App } from "./app.js";
import { ensureDigest } from "./digest.js";

ensureDigest();
render(<App />, document.getElementById("app") as HTMLElement);
