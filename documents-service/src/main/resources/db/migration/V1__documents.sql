-- Enrollment documents: every uploaded version of each document type, its object in S3, its validation.
CREATE TABLE enrollment_documents (
  id               uuid PRIMARY KEY,
  school_id        uuid        NOT NULL,
  enrollment_id    uuid        NOT NULL,
  student_id       uuid        NOT NULL,
  document_type    text        NOT NULL CHECK (document_type IN
                     ('birth_certificate', 'identity_document', 'report_card', 'habeas_data', 'tratamiento_datos')),
  document_version integer     NOT NULL CHECK (document_version >= 1),
  -- the version staff validate; earlier ones stay retrievable for audit
  is_current       boolean     NOT NULL DEFAULT true,
  status           text        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected', 'deleted')),
  -- the object key (the column keeps the seed's name: production storage is Cloudflare R2)
  r2_object_key    text        NOT NULL UNIQUE,
  file_name        text        NOT NULL,
  -- {size_bytes, content_type, sha256}
  metadata         jsonb       NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(metadata) = 'object'),
  uploaded_by      text        NOT NULL,
  uploaded_at      timestamptz NOT NULL,
  validated_by     text,
  validated_at     timestamptz,
  validation_note  text,
  updated_at       timestamptz NOT NULL DEFAULT now(),
  version          bigint      NOT NULL DEFAULT 0,
  CONSTRAINT enrollment_documents_version_key UNIQUE (school_id, enrollment_id, document_type, document_version),
  CONSTRAINT enrollment_documents_rejection_note CHECK (status <> 'rejected' OR validation_note IS NOT NULL)
);
CREATE UNIQUE INDEX enrollment_documents_current ON enrollment_documents (school_id, enrollment_id, document_type)
  WHERE is_current;
CREATE INDEX enrollment_documents_school_id ON enrollment_documents (school_id, id);
CREATE INDEX enrollment_documents_student ON enrollment_documents (school_id, student_id);

-- Consents (Ley 1581 de 2012, Decreto 1377 de 2013): who accepted, for which student, which text
-- version, when. Never edited or deleted: a newer acceptance supersedes an older one.
CREATE TABLE consent_acceptances (
  id                      uuid PRIMARY KEY,
  school_id               uuid        NOT NULL,
  enrollment_id           uuid        NOT NULL,
  student_id              uuid        NOT NULL,
  document_type           text        NOT NULL CHECK (document_type IN ('habeas_data', 'tratamiento_datos')),
  accepted_by_guardian_id uuid        NOT NULL,
  policy_text_version     integer     NOT NULL CHECK (policy_text_version >= 1),
  accepted_at             timestamptz NOT NULL,
  recorded_by             text        NOT NULL
);
CREATE INDEX consent_acceptances_enrollment ON consent_acceptances (school_id, enrollment_id, document_type, accepted_at);
REVOKE UPDATE, DELETE, TRUNCATE ON consent_acceptances FROM ${app_role};

-- What the checklist saga last announced per enrollment: an event goes out only when it changes.
CREATE TABLE checklist_states (
  school_id         uuid        NOT NULL,
  enrollment_id     uuid        NOT NULL,
  complete          boolean     NOT NULL,
  checklist_version bigint      NOT NULL,
  updated_at        timestamptz NOT NULL,
  CONSTRAINT checklist_states_pkey PRIMARY KEY (school_id, enrollment_id)
);

SELECT protect_tenant_table('enrollment_documents');
SELECT protect_tenant_table('consent_acceptances');
SELECT protect_tenant_table('checklist_states');
