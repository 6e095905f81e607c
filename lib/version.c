/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "econind/version.h"

const char *ei_version(void)
{
    return EI_VERSION_STRING;
}

int ei_version_number(void)
{
    return EI_VERSION_NUMBER;
}
