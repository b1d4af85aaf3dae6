import type { Role } from "@/lib/generated/prisma/enums";

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string; email: string; role: Role; communeId: string | null; sv: number };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role: Role;
    communeId: string | null;
    /** The user's session version when the token was issued. */
    sv: number;
  }
}
