<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>DashboardPage</name>
        <message numerus="yes">
            <source>%n simulation(s) did not count: most of (its|their) questions were seen recently.</source>
            <translation>
                <numerusform>%n simulation did not count: most of its questions were seen recently.</numerusform>
                <numerusform>%n simulations did not count: most of their questions were seen recently.</numerusform>
            </translation>
        </message>
    </context>
</TS>
