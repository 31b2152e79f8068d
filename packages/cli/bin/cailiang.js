#!/usr/bin/env node
// The `cailiang` bin: committed, so npm links it at install time; it runs the build (`npm run build`).
import "../dist/main.js";
