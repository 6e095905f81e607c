/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "atomic_file.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "error_set.h"

#define TMP_SUFFIX ".tmp.XXXXXX"
#define STDOUT_NAME "<stdout>"

/* EI_EIO naming path, with what failed and the system's reason. */
static int io_error(ei_error *err, const char *path, int errnum,
                    const char *what)
{
    char reason[128];
    if (errnum == 0) /* a stream error flagged earlier, errno since reused */
        errnum = EIO;
    if (strerror_r(errnum, reason, sizeof reason) != 0)
        snprintf(reason, sizeof reason, "error %d", errnum);
    return ei_error_set_at(err, EI_EIO, path, 0, 0, "%s: %s", what, reason);
}

/* The process umask, read without changing it (umask(2) would, and that
 * races with other threads creating files); -1 if unknown. */
static int read_umask(void)
{
    FILE *fp = fopen("/proc/self/status", "r");
    char line[256];
    int mask = -1;
    if (!fp)
        return -1;
    while (fgets(line, sizeof line, fp))
        if (strncmp(line, "Umask:", 6) == 0) {
            char *end;
            long v = strtol(line + 6, &end, 8);
            if (end != line + 6 && v >= 0 && v <= 0777)
                mask = (int)v;
            break;
        }
    fclose(fp);
    return mask;
}

/* mkstemp creates 0600; give the file the mode the target has, or would
 * get from a plain fopen. If the umask is unknown, 0600 stays: safe. */
static void set_mode(int fd, const char *path)
{
    struct stat st;
    if (stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
        (void)fchmod(fd, st.st_mode & 07777);
        return;
    }
    int mask = read_umask();
    if (mask >= 0)
        (void)fchmod(fd, (mode_t)(0666 & ~mask));
}

static void release(ei_atomic_file *af)
{
    free(af->tmp_path);
    free(af->path);
    af->fp = NULL;
    af->tmp_path = NULL;
    af->path = NULL;
    af->is_stdout = false;
}

int ei_atomic_file_open(ei_atomic_file *af, const char *path, ei_error *err)
{
    if (!af)
        return ei_error_set(err, EI_EINVAL, "atomic file: NULL argument");
    memset(af, 0, sizeof *af);
    if (!path || !*path)
        return ei_error_set(err, EI_EINVAL, "no output file name");
    if (strcmp(path, "-") == 0) {
        af->fp = stdout;
        af->is_stdout = true;
        return EI_OK;
    }
    size_t n = strlen(path);
    af->path = malloc(n + 1);
    af->tmp_path = malloc(n + sizeof TMP_SUFFIX);
    if (!af->path || !af->tmp_path) {
        release(af);
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    }
    memcpy(af->path, path, n + 1);
    memcpy(af->tmp_path, path, n);
    memcpy(af->tmp_path + n, TMP_SUFFIX, sizeof TMP_SUFFIX);
    int fd = mkstemp(af->tmp_path);
    if (fd < 0) {
        int e = errno;
        release(af);
        return io_error(err, path, e, "cannot create a temporary file");
    }
    set_mode(fd, path);
    af->fp = fdopen(fd, "w");
    if (!af->fp) {
        int e = errno;
        close(fd);
        unlink(af->tmp_path);
        release(af);
        return io_error(err, path, e, "cannot open a temporary file");
    }
    return EI_OK;
}

void ei_atomic_file_abort(ei_atomic_file *af)
{
    if (!af || !af->fp)
        return;
    if (!af->is_stdout) {
        fclose(af->fp);
        unlink(af->tmp_path);
    }
    release(af);
}

/* Make the rename durable; best effort, as some file systems refuse to
 * sync a directory and the data itself is already safe. */
static void sync_dir(const char *path)
{
    const char *slash = strrchr(path, '/');
    char *dir;
    if (!slash)
        dir = strdup(".");
    else if (slash == path)
        dir = strdup("/");
    else
        dir = strndup(path, (size_t)(slash - path));
    if (!dir)
        return;
    int fd = open(dir, O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        (void)fsync(fd);
        close(fd);
    }
    free(dir);
}

int ei_atomic_file_commit(ei_atomic_file *af, ei_error *err)
{
    if (!af || !af->fp)
        return ei_error_set(err, EI_EINVAL, "atomic file: not open");
    FILE *fp = af->fp;
    if (af->is_stdout) {
        int bad = fflush(fp) != 0 || ferror(fp);
        int e = errno;
        release(af);
        return bad ? io_error(err, STDOUT_NAME, e, "write failed") : EI_OK;
    }
    const char *what = NULL;
    int e = 0;
    if (fflush(fp) != 0 || ferror(fp))
        e = errno, what = "write failed";
    else if (fsync(fileno(fp)) != 0)
        e = errno, what = "cannot sync to disk";
    af->fp = NULL;
    if (fclose(fp) != 0 && !what)
        e = errno, what = "write failed";
    if (!what && rename(af->tmp_path, af->path) != 0)
        e = errno, what = "cannot replace it";
    if (what) {
        unlink(af->tmp_path);
        io_error(err, af->path, e, what);
        release(af);
        return EI_EIO;
    }
    sync_dir(af->path);
    release(af);
    return EI_OK;
}
