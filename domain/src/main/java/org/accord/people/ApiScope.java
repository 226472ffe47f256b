package org.accord.people;

/** What an API token lets its caller do: read only, or also change what its owner may change. */
public enum ApiScope {
    READ,
    READ_WRITE
}
