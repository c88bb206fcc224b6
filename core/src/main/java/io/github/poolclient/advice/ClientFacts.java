package io.github.poolclient.advice;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.poolclient.model.ExplicitAuthFlowsType;
import io.github.poolclient.model.OAuthFlowType;
import io.github.poolclient.model.UserPoolClientSettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.function.Predicate;

/** Derives the facts about a client's settings that several advisories share. */
final class ClientFacts {
  private ClientFacts() {}

  /**
   * The auth flows by which a user signs in with the SDK: every flow but {@code
   * ALLOW_REFRESH_TOKEN_AUTH} (which only renews a session) and {@code ALLOW_CLIENT_TOKEN_AUTH}
   * (machine-to-machine, EAF-11).
   */
  static final ImmutableSet<ExplicitAuthFlowsType> USER_SIGN_IN_FLOWS =
      Sets.immutableEnumSet(
          ExplicitAuthFlowsType.ADMIN_NO_SRP_AUTH,
          ExplicitAuthFlowsType.CUSTOM_AUTH_FLOW_ONLY,
          ExplicitAuthFlowsType.USER_PASSWORD_AUTH,
          ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH,
          ExplicitAuthFlowsType.ALLOW_CUSTOM_AUTH,
          ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH,
          ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH,
          ExplicitAuthFlowsType.ALLOW_USER_AUTH);

  /** The legacy auth flow names (EAF-03); a legacy-only client also allows SRP and refresh. */
  private static final ImmutableSet<ExplicitAuthFlowsType> LEGACY_FLOWS =
      Sets.immutableEnumSet(
          ExplicitAuthFlowsType.ADMIN_NO_SRP_AUTH,
          ExplicitAuthFlowsType.CUSTOM_AUTH_FLOW_ONLY,
          ExplicitAuthFlowsType.USER_PASSWORD_AUTH);

  /** The hosts of a loopback redirect URL Cognito accepts over http (A8, URL-02). */
  private static final ImmutableSet<String> LOOPBACK_HOSTS =
      ImmutableSet.of("localhost", "127.0.0.1", "[::1]");

  /**
   * Returns whether {@code ExplicitAuthFlows} is omitted: absent, or empty, which Cognito treats
   * the same (EAF-01, EAF-02), so the client gets SRP, custom and refresh auth.
   */
  static boolean flowsOmitted(UserPoolClientSettings settings) {
    return settings.explicitAuthFlowsAsStrings().map(ImmutableList::isEmpty).orElse(true);
  }

  /** Returns the known {@code ExplicitAuthFlows} sent; unknown strings are left out. */
  static ImmutableSet<ExplicitAuthFlowsType> sentFlows(UserPoolClientSettings settings) {
    return settings.explicitAuthFlows().stream()
        .filter(flow -> flow != ExplicitAuthFlowsType.UNKNOWN_TO_SDK_VERSION)
        .collect(Sets.toImmutableEnumSet());
  }

  /** Returns the known {@code AllowedOAuthFlows} sent; unknown strings are left out. */
  static ImmutableSet<OAuthFlowType> oauthFlows(UserPoolClientSettings settings) {
    return settings.allowedOAuthFlows().stream()
        .filter(flow -> flow != OAuthFlowType.UNKNOWN_TO_SDK_VERSION)
        .collect(Sets.toImmutableEnumSet());
  }

  /**
   * Returns whether the client has a user-facing OAuth grant ({@code code} or {@code implicit}).
   */
  static boolean hasUserOAuthFlow(UserPoolClientSettings settings) {
    ImmutableSet<OAuthFlowType> flows = oauthFlows(settings);
    return flows.contains(OAuthFlowType.CODE) || flows.contains(OAuthFlowType.IMPLICIT);
  }

  /**
   * Returns whether the client lets users sign in: through a {@code code} or {@code implicit}
   * grant, through a sign-in flow of {@code ExplicitAuthFlows}, or through the default flows when
   * {@code ExplicitAuthFlows} is omitted.
   *
   * <p>Decision (ours): a {@code client_credentials} client that omits {@code ExplicitAuthFlows} is
   * taken as machine-to-machine only, although Cognito gives it the default SRP flow (EAF-01): that
   * is how such clients are written in templates, and the catalogue names M2M-only clients as
   * ADV-01's false alarm.
   */
  static boolean allowsUserSignIn(UserPoolClientSettings settings) {
    if (hasUserOAuthFlow(settings)) {
      return true;
    }
    if (flowsOmitted(settings)) {
      return !oauthFlows(settings).contains(OAuthFlowType.CLIENT_CREDENTIALS);
    }
    return !Sets.intersection(sentFlows(settings), USER_SIGN_IN_FLOWS).isEmpty();
  }

  /**
   * Returns whether the client allows SDK sign-in by local users: {@code ExplicitAuthFlows} omitted
   * (SRP and custom by default, EAF-01) or naming a sign-in flow (a legacy list implies SRP,
   * EAF-05).
   */
  static boolean allowsSdkSignIn(UserPoolClientSettings settings) {
    return flowsOmitted(settings)
        || !Sets.intersection(sentFlows(settings), USER_SIGN_IN_FLOWS).isEmpty();
  }

  /**
   * Returns whether the client hands out refresh tokens it can renew: the {@code code} grant, or
   * {@code ALLOW_REFRESH_TOKEN_AUTH} (sent, or by default when {@code ExplicitAuthFlows} is
   * omitted), or a legacy list, which allows refresh implicitly (EAF-05).
   */
  static boolean allowsRefresh(UserPoolClientSettings settings) {
    if (oauthFlows(settings).contains(OAuthFlowType.CODE) || flowsOmitted(settings)) {
      return true;
    }
    ImmutableSet<ExplicitAuthFlowsType> sent = sentFlows(settings);
    return sent.contains(ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)
        || !Sets.intersection(sent, LEGACY_FLOWS).isEmpty();
  }

  /** Returns the index of the first entry of {@code list} that {@code test} accepts. */
  static <T> Optional<Integer> firstIndex(ImmutableList<T> list, Predicate<? super T> test) {
    for (int i = 0; i < list.size(); i++) {
      if (test.test(list.get(i))) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** Returns {@code member[index]}, the indexed field path of a list entry. */
  static String indexed(String member, int index) {
    return member + "[" + index + "]";
  }

  /**
   * Returns whether {@code url} is an http URL to {@code localhost}, {@code 127.0.0.1} or {@code
   * [::1]} (A8), scheme and host compared in ASCII case only (catalogue 12.8); a URL that {@link
   * URI} cannot parse is not judged.
   */
  static boolean isLoopbackHttp(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return false;
    }
    String scheme = uri.getScheme();
    String host = uri.getHost();
    return scheme != null
        && host != null
        && Ascii.equalsIgnoreCase(scheme, "http")
        && LOOPBACK_HOSTS.contains(Ascii.toLowerCase(host));
  }
}
