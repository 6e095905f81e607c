/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "csv_text.h"

#include <errno.h>
#include <fcntl.h>
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "error_set.h"

/*
 * The file is read whole into memory rather than mmap'ed: the rows keep
 * pointers into one contiguous buffer for error columns; GBK input needs a
 * converted copy anyway; read() works on pipes and /dev/stdin too; and a
 * file truncated while we read it gives a short read, where a mapping
 * would raise SIGBUS. The extra copy costs ~0.1 s per GB, small next to
 * the parse.
 */
/* strerror() may share a static buffer between threads: strerror_r. */
static const char *reason_of(int errnum, char *buf, size_t size)
{
    if (strerror_r(errnum, buf, size) != 0)
        snprintf(buf, size, "error %d", errnum);
    return buf;
}

int ei_csv_text_load(char **out, size_t *len, const char *path,
                     ei_error *err)
{
    char why[128];
    *out = NULL;
    *len = 0;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return ei_error_set_at(err, EI_EIO, path, 0, 0, "cannot open: %s",
                               reason_of(errno, why, sizeof why));
    struct stat st;
    size_t cap = 1 << 16;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
        cap = (size_t)st.st_size + 1; /* +1: EOF is seen without a regrow */
    char *buf = malloc(cap);
    if (!buf) {
        close(fd);
        return ei_error_set_at(err, EI_ENOMEM, path, 0, 0,
                               "out of memory reading the file");
    }
    size_t n = 0;
    for (;;) {
        if (n == cap) {
            size_t ncap = cap * 2;
            char *nb = ncap > cap ? realloc(buf, ncap) : NULL;
            if (!nb) {
                free(buf);
                close(fd);
                return ei_error_set_at(err, EI_ENOMEM, path, 0, 0,
                                       "out of memory reading the file");
            }
            buf = nb;
            cap = ncap;
        }
        ssize_t r = read(fd, buf + n, cap - n);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            int e = errno;
            free(buf);
            close(fd);
            return ei_error_set_at(err, EI_EIO, path, 0, 0, "cannot read: %s",
                                   reason_of(e, why, sizeof why));
        }
        if (r == 0)
            break;
        n += (size_t)r;
    }
    close(fd);
    *out = buf;
    *len = n;
    return EI_OK;
}

size_t ei_utf8_scan(const char *str, size_t len, bool *nul)
{
    const unsigned char *s = (const unsigned char *)str;
    const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
    size_t i = 0;
    *nul = false;
    while (i < len) {
        if (len - i >= 8) {
            uint64_t v;
            memcpy(&v, s + i, 8);
            /* high bits set: non-ASCII; (v - ones) & ~v & high: a zero byte
             * (exact when no high bit is set) */
            if ((((v - ones) & ~v) | v) & high) {
                /* fall through to the byte loop for this word */
            } else {
                i += 8;
                continue;
            }
        }
        unsigned c = s[i];
        if (c < 0x80) {
            if (c == 0) {
                *nul = true;
                return i;
            }
            i++;
            continue;
        }
        /* Chinese text is mostly three-byte sequences led by E1-EC or
         * EE-EF (CJK is E4-E9), whose second byte may be any continuation
         * byte: check those at once before the general table. */
        if (c >= 0xE1 && c <= 0xEF && c != 0xED && len - i > 2
            && (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80) {
            i += 3;
            continue;
        }
        /* Unicode 15, table 3-7: well-formed byte sequences */
        size_t more;
        unsigned lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF)
            more = 1;
        else if (c == 0xE0)
            more = 2, lo = 0xA0;
        else if (c == 0xED)
            more = 2, hi = 0x9F;
        else if (c >= 0xE1 && c <= 0xEF)
            more = 2;
        else if (c == 0xF0)
            more = 3, lo = 0x90;
        else if (c >= 0xF1 && c <= 0xF3)
            more = 3;
        else if (c == 0xF4)
            more = 3, hi = 0x8F;
        else
            return i;
        if (len - i <= more || s[i + 1] < lo || s[i + 1] > hi)
            return i;
        for (size_t k = 2; k <= more; k++)
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
        i += more + 1;
    }
    return len;
}

void ei_csv_text_locate(const char *text, size_t pos, unsigned long *line,
                        unsigned long *column)
{
    unsigned long ln = 1;
    size_t start = 0;
    for (size_t i = 0; i < pos; i++) {
        if (text[i] == '\n' || text[i] == '\r') {
            if (text[i] == '\r' && i + 1 < pos && text[i + 1] == '\n')
                i++;
            ln++;
            start = i + 1;
        }
    }
    unsigned long col = 1;
    for (size_t i = start; i < pos; i++)
        if (((unsigned char)text[i] & 0xC0) != 0x80)
            col++;
    *line = ln;
    *column = col;
}

/* Convert GB18030 (a superset of GBK and GB2312) to UTF-8 with glibc's
 * iconv. On EI_ENCODING, *bad is the input offset of the first byte that
 * does not convert and *out and *out_len hold what converted before it. */
static int gb_to_utf8(char **out, size_t *out_len, size_t *bad,
                      const char *in, size_t len)
{
    *out = NULL;
    *out_len = 0;
    *bad = 0;
    iconv_t cd = iconv_open("UTF-8", "GB18030");
    if (cd == (iconv_t)-1)
        return EI_EINVAL;
    /* 2-byte GBK becomes 3-byte UTF-8; 4-byte GB18030 at most 4 */
    size_t cap = len + len / 2 + 16;
    char *buf = malloc(cap);
    if (!buf) {
        iconv_close(cd);
        return EI_ENOMEM;
    }
    char *inp = (char *)(uintptr_t)in; /* iconv's prototype lacks const */
    size_t inleft = len, done = 0;
    int rc = EI_OK;
    while (inleft > 0) {
        char *outp = buf + done;
        size_t outleft = cap - done;
        size_t r = iconv(cd, &inp, &inleft, &outp, &outleft);
        done = (size_t)(outp - buf);
        if (r != (size_t)-1)
            break;
        if (errno == E2BIG) {
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                rc = EI_ENOMEM;
                break;
            }
            buf = nb;
            cap *= 2;
            continue;
        }
        rc = EI_ENCODING; /* EILSEQ, or EINVAL: truncated at the end */
        *bad = len - inleft;
        break;
    }
    iconv_close(cd);
    *out = buf;
    *out_len = done;
    return rc;
}

static int encoding_error(ei_error *err, const char *name, const char *text,
                          size_t pos, long long offset, unsigned char byte,
                          const char *what)
{
    unsigned long line, col;
    ei_csv_text_locate(text, pos, &line, &col);
    ei_error_set_at(err, EI_ENCODING, name, line, col,
                    "invalid %s byte 0x%02X", what, byte);
    if (err)
        err->offset = offset;
    return EI_ENCODING;
}

static int nul_error(ei_error *err, const char *name, const char *text,
                     size_t pos, long long offset)
{
    unsigned long line, col;
    ei_csv_text_locate(text, pos, &line, &col);
    ei_error_set_at(err, EI_EPARSE, name, line, col,
                    "NUL byte in text (is this a binary or UTF-16 file?)");
    if (err)
        err->offset = offset;
    return EI_EPARSE;
}

static int convert_gb(ei_csv_text *t, const char *name, const char *data,
                      size_t len, ei_error *err)
{
    char *conv;
    size_t clen, bad;
    int rc = gb_to_utf8(&conv, &clen, &bad, data, len);
    if (rc == EI_ENCODING) {
        /* what converted before the bad byte is UTF-8: locate there */
        encoding_error(err, name, conv, clen, (long long)bad,
                       (unsigned char)data[bad], "GBK");
        free(conv);
        return EI_ENCODING;
    }
    if (rc == EI_EINVAL) {
        free(conv);
        return ei_error_set_at(err, EI_EINVAL, name, 0, 0,
                               "iconv cannot convert from GB18030");
    }
    if (rc != EI_OK) {
        free(conv);
        return ei_error_set_at(err, rc, name, 0, 0,
                               "out of memory converting from GBK");
    }
    free(t->owned);
    t->owned = conv;
    t->data = conv;
    t->len = clen;
    t->bom = 0;
    /* a GB18030 BOM (84 31 95 33) converts to U+FEFF */
    if (clen >= 3 && memcmp(conv, "\xEF\xBB\xBF", 3) == 0) {
        t->data += 3;
        t->len -= 3;
        t->bom = 4;
    }
    return EI_OK;
}

size_t ei_csv_text_bom(const char *data, size_t len)
{
    size_t n = 0;
    while (len - n >= 3 && memcmp(data + n, "\xEF\xBB\xBF", 3) == 0)
        n += 3;
    return n;
}

int ei_csv_text_prepare(ei_csv_text *t, const char *name, char *own,
                        const void *data, size_t len, ei_encoding enc,
                        ei_error *err)
{
    t->owned = own;
    t->data = data;
    t->len = len;
    t->bom = 0;
    /* a UTF-8 BOM declares UTF-8, whatever encoding was asked for. A
     * repeated BOM (a file saved twice by a careless tool) goes too: left
     * in, U+FEFF would glue itself to the first column's name, which would
     * then silently match nothing (the region column was lost: see the
     * bad-input case bom_twice).
     * t->bom counts the bytes dropped, for byte offsets in errors. */
    t->bom = ei_csv_text_bom(t->data, t->len);
    if (t->bom) {
        t->data += t->bom;
        t->len -= t->bom;
        enc = EI_ENCODING_UTF8;
    }
    int rc;
    bool nul;
    if (enc == EI_ENCODING_GBK) {
        rc = convert_gb(t, name, t->data, t->len, err);
        if (rc != EI_OK)
            goto fail;
        size_t at = ei_utf8_scan(t->data, t->len, &nul);
        if (at < t->len) {
            rc = nul_error(err, name, t->data, at, (long long)at);
            goto fail;
        }
        return EI_OK;
    }
    size_t at = ei_utf8_scan(t->data, t->len, &nul);
    if (at == t->len)
        return EI_OK;
    if (nul) {
        rc = nul_error(err, name, t->data, at, (long long)(at + t->bom));
        goto fail;
    }
    if (enc == EI_ENCODING_AUTO && t->bom == 0) {
        /* not UTF-8: try GB18030, and report the UTF-8 error if that
         * fails too */
        ei_csv_text keep = *t;
        t->owned = NULL;
        rc = convert_gb(t, name, keep.data, keep.len, NULL);
        if (rc == EI_OK) {
            free(keep.owned);
            at = ei_utf8_scan(t->data, t->len, &nul);
            if (at < t->len) {
                rc = nul_error(err, name, t->data, at, (long long)at);
                goto fail;
            }
            return EI_OK;
        }
        *t = keep;
        if (rc != EI_ENCODING)
            goto fail_set;
    }
    rc = encoding_error(err, name, t->data, at, (long long)(at + t->bom),
                        (unsigned char)t->data[at], "UTF-8");
    goto fail;
fail_set:
    ei_error_set_at(err, rc, name, 0, 0, "%s", ei_strerror(rc));
fail:
    ei_csv_text_free(t);
    return rc;
}

void ei_csv_text_free(ei_csv_text *t)
{
    if (!t)
        return;
    free(t->owned);
    t->owned = NULL;
    t->data = NULL;
    t->len = 0;
}
