package org.convene.portal.console.door;

import org.convene.portal.console.BengaliWords;
import org.junit.jupiter.api.Test;

/** Every word of DoorMessages has its Bengali in messages/cdo_bn.properties, and Bengali has none English lacks. */
class DoorBengaliTest {

    @Test
    void everyWordHasItsBengali() throws Exception {
        BengaliWords.assertComplete(DoorMessages.class, "messages/cdo_bn.properties");
    }
}
