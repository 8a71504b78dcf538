// The two processor architectures Lambda and Fargate price apart.
export type Architecture = 'x86_64' | 'arm64';
export const ARCHITECTURES: readonly Architecture[] = ['x86_64', 'arm64'];
