#!/usr/bin/env node
import { launch } from '../dist/launch.js';

await launch();
