/**
 * The authorization matrix of the notice actions (the pattern of tests/db/authorization.test.ts):
 * every action × every role (and anonymous) × own/other commune/province, over the real server
 * actions and the real database; only the session is stubbed. A refused action changes nothing.
 */
import { describeMatrix } from "../authorization/harness";

const { MATRIX } = await import("../authorization/notices");

describeMatrix(MATRIX);
