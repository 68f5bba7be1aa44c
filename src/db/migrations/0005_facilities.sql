CREATE TABLE "voorziening_rijen" (
	"batch_id" integer NOT NULL,
	"rij" integer NOT NULL,
	"sleutel" text NOT NULL,
	"categorie" text NOT NULL,
	"naam" text NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"bron" text,
	CONSTRAINT "voorziening_rijen_batch_id_rij_pk" PRIMARY KEY("batch_id","rij")
);
--> statement-breakpoint
ALTER TABLE "voorziening_rijen" ADD CONSTRAINT "voorziening_rijen_batch_id_import_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."import_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "voorziening_rijen_sleutel" ON "voorziening_rijen" USING btree ("sleutel");