-- AlterTable
ALTER TABLE "DataImport" ADD COLUMN     "rows" BYTEA;
