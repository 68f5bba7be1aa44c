CREATE TABLE "signaal_drempels" (
	"locatie_code" text PRIMARY KEY NOT NULL,
	"waarden" jsonb NOT NULL,
	"gewijzigd_op" timestamp with time zone DEFAULT now() NOT NULL,
	"gewijzigd_door" text
);
--> statement-breakpoint
ALTER TABLE "signaal_drempels" ADD CONSTRAINT "signaal_drempels_locatie_code_locaties_code_fk" FOREIGN KEY ("locatie_code") REFERENCES "public"."locaties"("code") ON DELETE cascade ON UPDATE no action;