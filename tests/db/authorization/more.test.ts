/**
 * The matrix of the actions no other matrix held (./more.ts): article topics and media, a
 * notice's recording, a library file's details, sign-in locks, the outbox, the dataset import
 * and the public forms, × every role, each allowed run checked for its audit action.
 */
import { describeMatrix } from "./harness";

const { MATRIX } = await import("./more");

describeMatrix(MATRIX);
