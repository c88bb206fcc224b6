package io.github.poolclient.testing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.poolclient.model.ExplicitAuthFlowsType;

/** Holds the catalogue's fixed vocabularies that several generators share. */
final class Vocabulary {
  private Vocabulary() {}

  /** The OAuth scopes every pool knows (catalogue OA-08). */
  static final ImmutableList<String> STANDARD_SCOPES =
      ImmutableList.of("phone", "email", "openid", "profile", "aws.cognito.signin.user.admin");

  /** Standard attributes that can be read but never written (catalogue ATTR-03, 12.4). */
  static final ImmutableSet<String> NON_WRITABLE_STANDARD_ATTRIBUTES =
      ImmutableSet.of("sub", "email_verified", "phone_number_verified", "identities");

  /** The legacy {@code ExplicitAuthFlows} values (catalogue EAF-03). */
  static final ImmutableList<ExplicitAuthFlowsType> LEGACY_FLOWS =
      ImmutableList.of(
          ExplicitAuthFlowsType.ADMIN_NO_SRP_AUTH,
          ExplicitAuthFlowsType.CUSTOM_AUTH_FLOW_ONLY,
          ExplicitAuthFlowsType.USER_PASSWORD_AUTH);

  /**
   * The {@code ALLOW_} user sign-in flows other than refresh, choice-based sign-in and client-token
   * auth, which all have rules of their own.
   */
  static final ImmutableList<ExplicitAuthFlowsType> PLAIN_ALLOW_FLOWS =
      ImmutableList.of(
          ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH,
          ExplicitAuthFlowsType.ALLOW_CUSTOM_AUTH,
          ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH,
          ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH);

  /** Characters of {@code ClientName} ({@code [\w\s+=,.@-]}, ASCII as in Java regex). */
  static final String CLIENT_NAME_ALPHABET =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_ \t\n\u000B\f\r+=,.@-";

  /** Characters of a custom {@code ClientSecret} ({@code [\w+]}). */
  static final String SECRET_ALPHABET =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_+";

  /** Lower-case letters and digits. */
  static final String ALNUM_LOWER = "abcdefghijklmnopqrstuvwxyz0123456789";

  /** Letters and digits. */
  static final String ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

  /** Hexadecimal digits of both cases. */
  static final String HEX = "0123456789abcdefABCDEF";

  /** Characters of a word ({@code \w}). */
  static final String WORD = ALNUM + "_";
}
