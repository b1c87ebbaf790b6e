package org.gigasim.model.world.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The served-inference sum kept between routing decisions, by hand. */
class ServedInferenceTest {

    @Test
    void theSumFollowsPlacementsWhileDecidingAndIsTakenAfreshAtEachDecision() {
        // Two labs, two inference classes and a training row, two clouds.
        double[][][] served = new double[2][3][2];
        ServedInference sums = new ServedInference(served, 2);

        sums.deciding();
        served[0][0][0] = 10;
        assertEquals(10, sums.h100e(0), "while deciding, what is placed so far");
        served[0][1][1] = 5;
        served[0][2][0] = 1_000;   // training is not inference
        served[1][0][1] = 7;
        assertEquals(15, sums.h100e(0));
        sums.decided();
        assertEquals(15, sums.h100e(0));
        assertEquals(7, sums.h100e(1));

        // The next decision places anew: its figures, not the last decision's.
        sums.deciding();
        served[0][0][0] = 0;
        served[0][1][1] = 2;
        served[1][1][0] = 3;
        sums.decided();
        assertEquals(2, sums.h100e(0));
        assertEquals(10, sums.h100e(1));
    }
}
