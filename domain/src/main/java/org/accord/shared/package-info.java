/** What every feature shares: the exceptions services use to refuse input. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.accord.shared;
