package org.accord.milestone;

/** Which side delivers a milestone. */
public enum OwnerSide {
    US, MX, JOINT
}
