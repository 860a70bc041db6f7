#!/usr/bin/env node
import { start } from '../dist/article.js';

await start();
