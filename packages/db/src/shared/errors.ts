/** A dialogue slug is unique: the API answers 409 and names the field. */
export class SlugTakenError extends Error {
  override name = "SlugTakenError";
  constructor(readonly slug: string) {
    super(`The slug "${slug}" is already taken`);
  }
}

export class UnknownMunicipalityError extends Error {
  override name = "UnknownMunicipalityError";
  constructor(readonly ags: string) {
    super(`No municipality with AGS ${ags} is known`);
  }
}

export class NotFoundError extends Error {
  override name = "NotFoundError";
  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super(`No ${entity} with id ${id}`);
  }
}

/** A staff account with this e-mail address exists already. */
export class EmailTakenError extends Error {
  override name = "EmailTakenError";
  constructor(readonly email: string) {
    super(`A staff account for ${email} exists already`);
  }
}
