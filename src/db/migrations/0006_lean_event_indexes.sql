DROP INDEX "gebeurtenissen_batch";--> statement-breakpoint
DROP INDEX "gebeurtenissen_locatie";