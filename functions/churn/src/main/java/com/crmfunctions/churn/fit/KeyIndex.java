package com.crmfunctions.churn.fit;

import java.util.Arrays;

/**
 * Dense ids for keys {@code (int, double, double)}: open addressing on primitive arrays, so that a
 * million customers are grouped without boxing. {@code -0.0} and {@code 0.0} are one key.
 */
final class KeyIndex {

    private int[] slots;
    private int[] ints;
    private double[] firsts;
    private double[] seconds;
    private int size;

    KeyIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new int[capacity];
        Arrays.fill(slots, -1);
        int initial = Math.max(16, Math.min(expected, 1 << 16));
        ints = new int[initial];
        firsts = new double[initial];
        seconds = new double[initial];
    }

    /** The id of the key, adding it when new; ids are 0, 1, 2, ... in order of first appearance. */
    int id(int i, double first, double second) {
        double f = first + 0.0;
        double s = second + 0.0;
        int mask = slots.length - 1;
        int slot = hash(i, f, s) & mask;
        while (true) {
            int id = slots[slot];
            if (id < 0) {
                return add(slot, i, f, s);
            }
            if (ints[id] == i && firsts[id] == f && seconds[id] == s) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
    }

    int size() { return size; }

    int intKey(int id) { return ints[id]; }

    double firstKey(int id) { return firsts[id]; }

    double secondKey(int id) { return seconds[id]; }

    private int add(int slot, int i, double f, double s) {
        if (size == ints.length) {
            int grown = ints.length * 2;
            ints = Arrays.copyOf(ints, grown);
            firsts = Arrays.copyOf(firsts, grown);
            seconds = Arrays.copyOf(seconds, grown);
        }
        int id = size++;
        ints[id] = i;
        firsts[id] = f;
        seconds[id] = s;
        slots[slot] = id;
        if (size * 2 > slots.length) {
            rehash();
        }
        return id;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        Arrays.fill(slots, -1);
        int mask = slots.length - 1;
        for (int id = 0; id < size; id++) {
            int slot = hash(ints[id], firsts[id], seconds[id]) & mask;
            while (slots[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = id;
        }
    }

    private static int hash(int i, double f, double s) {
        long h = i * 0x9E3779B97F4A7C15L;
        h ^= Double.doubleToLongBits(f) * 0xC2B2AE3D27D4EB4FL;
        h ^= Double.doubleToLongBits(s) * 0x165667B19E3779F9L;
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        return (int) (h ^ (h >>> 32));
    }
}
