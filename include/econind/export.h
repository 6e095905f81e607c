/* SPDX-License-Identifier: GPL-3.0-or-later */
/**
 * @file export.h
 * Symbol visibility: the library is built with hidden visibility and exports
 * exactly what the public headers mark with EI_API.
 */
#ifndef ECONIND_EXPORT_H
#define ECONIND_EXPORT_H

#if defined(EI_BUILDING_LIBRARY) && defined(__GNUC__)
#define EI_API __attribute__((visibility("default")))
#else
#define EI_API
#endif

#endif
