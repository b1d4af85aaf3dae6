-- The short unsubscribe link of SMS messages (/u/<code>): ten base62 characters drawn from
-- gen_random_uuid()'s random bytes (pg_strong_random; the version and variant bytes are left
-- out). A byte modulo 62 favours 0–7 very slightly (5/256 against 4/256): about 59.5 bits.
CREATE FUNCTION subscription_short_code() RETURNS text LANGUAGE sql VOLATILE AS $$
  SELECT string_agg(substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 1 + get_byte(r.bytes, i) % 62, 1), '' ORDER BY i)
  FROM (SELECT decode(replace(gen_random_uuid()::text, '-', ''), 'hex') AS bytes) AS r,
       generate_series(0, 11) AS i
  WHERE i NOT IN (6, 8)
$$;

-- Existing subscriptions get a code each (a volatile default is evaluated per row).
ALTER TABLE "Subscription" ADD COLUMN "shortCode" TEXT NOT NULL DEFAULT subscription_short_code();

CREATE UNIQUE INDEX "Subscription_shortCode_key" ON "Subscription"("shortCode");
