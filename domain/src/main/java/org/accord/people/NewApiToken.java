package org.accord.people;

/** A token just created, with the secret its owner sees this once; its toString leaves the secret out. */
public record NewApiToken(ApiTokenRow token, String secret) {

    @Override
    public String toString() {
        return "NewApiToken[" + token + "]";
    }
}
