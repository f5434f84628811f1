package io.leadline.web;

import java.util.List;

/**
 * Paths under the API's prefixes that a feature answers without a credential, because whoever calls them cannot hold
 * one (a webhook sender posting to the sandbox's receivers). Spring path patterns; the security chain lets them
 * through unauthenticated and the feature answers them itself.
 */
public interface UnauthenticatedPaths {

    List<String> patterns();
}
