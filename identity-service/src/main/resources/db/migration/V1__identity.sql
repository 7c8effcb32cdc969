-- Users are platform data: a user may belong to several schools. What a user may do in a school
-- lives in school_memberships (tenant data, behind row-level security), never in the upstream token.
CREATE TABLE users (
  id             uuid PRIMARY KEY,              -- the upstream identity provider's subject
  email          text        NOT NULL CHECK (email ~ '^[^@\s]+@[^@\s]+$'),
  full_name      text        NOT NULL CHECK (length(btrim(full_name)) BETWEEN 1 AND 200),
  is_active      boolean     NOT NULL DEFAULT true,
  -- set only by the bootstrap configuration; the API cannot grant it
  is_superadmin  boolean     NOT NULL DEFAULT false,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  version        bigint      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

-- Read model of tenancy's schools, fed by athena.schools.lifecycle.v1: is the school active?
CREATE TABLE schools (
  id          uuid PRIMARY KEY,
  name        text        NOT NULL,
  is_active   boolean     NOT NULL,
  version     bigint      NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE school_memberships (
  id          uuid PRIMARY KEY,
  school_id   uuid        NOT NULL,
  user_id     uuid        NOT NULL REFERENCES users (id),
  roles       text[]      NOT NULL CHECK (cardinality(roles) >= 1
                AND roles <@ ARRAY['rector', 'coordinator', 'secretary', 'teacher', 'student', 'acudiente']),
  is_active   boolean     NOT NULL DEFAULT true,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  version     bigint      NOT NULL DEFAULT 0,
  CONSTRAINT school_memberships_user_key UNIQUE (school_id, user_id)
);
CREATE INDEX school_memberships_school_id ON school_memberships (school_id, id);
CREATE INDEX school_memberships_user ON school_memberships (user_id);

-- Append-only record of every membership change: who, when, old → new roles.
CREATE TABLE membership_audit (
  id             uuid PRIMARY KEY,
  school_id      uuid        NOT NULL,
  membership_id  uuid        NOT NULL,
  user_id        uuid        NOT NULL,
  actor          text        NOT NULL,
  action         text        NOT NULL CHECK (action IN ('granted', 'roles_changed', 'deactivated', 'reactivated')),
  old_roles      text[],
  new_roles      text[],
  at             timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX membership_audit_school_id ON membership_audit (school_id, id);
REVOKE UPDATE, DELETE ON membership_audit FROM ${app_role};

SELECT protect_tenant_table('school_memberships');
SELECT protect_tenant_table('membership_audit');
