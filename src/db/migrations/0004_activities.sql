CREATE TABLE "activiteit_rijen" (
	"batch_id" integer NOT NULL,
	"rij" integer NOT NULL,
	"locatie" text NOT NULL,
	"naam" text NOT NULL,
	"van" date NOT NULL,
	"waarden" jsonb NOT NULL,
	CONSTRAINT "activiteit_rijen_batch_id_rij_pk" PRIMARY KEY("batch_id","rij")
);
--> statement-breakpoint
ALTER TABLE "activiteit_rijen" ADD CONSTRAINT "activiteit_rijen_batch_id_import_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."import_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activiteit_rijen_identiteit" ON "activiteit_rijen" USING btree ("locatie","naam","van");