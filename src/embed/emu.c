/* emu.c: kernels on the host: the blocks of a launch run one after another, the threads of a block
   as POSIX threads, with __syncthreads (and Python's cuda.syncthreads) as the block's barrier. A
   thread that has returned from the kernel counts as arrived at every later barrier. */
#include "embed_internal.h"
#include "myriad_cuda_emu.h"
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

extern void (*my_host_syncthreads)(void);   /* mod_cuda.c: what cuda.syncthreads() calls on the host */

typedef struct EmuBlock {
    pthread_mutex_t lock;
    pthread_cond_t turn;
    uint32_t live, waiting;   /* threads still in the kernel; of those, waiting at the barrier */
    uint64_t generation;
} EmuBlock;

typedef struct EmuThread {
    MyriadEmuThread pub;
    EmuBlock *block;
    void (*kernel)(void *);
    void *arg;
} EmuThread;

static __thread EmuThread *emu_self;

const MyriadEmuThread *myriad_emu_self(void) {
    static const MyriadEmuThread outside = { { 0, 0, 0 }, { 0, 0, 0 }, { 1, 1, 1 }, { 1, 1, 1 } };
    return emu_self ? &emu_self->pub : &outside;
}

int myriad_emu_index(EmuIndex *e) {
    if (!emu_self) return 0;
    const MyriadEmuThread *t = &emu_self->pub;
    e->tx = t->thread_idx.x; e->ty = t->thread_idx.y; e->tz = t->thread_idx.z;
    e->bx = t->block_idx.x; e->by = t->block_idx.y; e->bz = t->block_idx.z;
    e->bdx = t->block_dim.x; e->bdy = t->block_dim.y; e->bdz = t->block_dim.z;
    e->gdx = t->grid_dim.x; e->gdy = t->grid_dim.y; e->gdz = t->grid_dim.z;
    return 1;
}

/* Opens the barrier when every thread still in the kernel waits at it (lock held). */
static void emu_release_if_all(EmuBlock *b) {
    if (b->waiting > 0 && b->waiting == b->live) {
        b->waiting = 0;
        b->generation++;
        pthread_cond_broadcast(&b->turn);
    }
}

void myriad_emu_syncthreads(void) {
    if (!emu_self) return;
    EmuBlock *b = emu_self->block;
    pthread_mutex_lock(&b->lock);
    uint64_t gen = b->generation;
    b->waiting++;
    emu_release_if_all(b);
    while (gen == b->generation) pthread_cond_wait(&b->turn, &b->lock);
    pthread_mutex_unlock(&b->lock);
}

static void *emu_thread_main(void *p) {
    EmuThread *t = (EmuThread *)p;
    emu_self = t;
    t->kernel(t->arg);
    emu_self = NULL;
    pthread_mutex_lock(&t->block->lock);
    t->block->live--;
    emu_release_if_all(t->block);
    pthread_mutex_unlock(&t->block->lock);
    return NULL;
}

void myriad_emu_launch(MyriadEmuDim3 grid, MyriadEmuDim3 block, void (*kernel)(void *), void *arg) {
    uint32_t nt = block.x * block.y * block.z;
    if (nt == 0 || grid.x * grid.y * grid.z == 0) return;
    EmuThread *ts = (EmuThread *)calloc(nt, sizeof *ts);
    pthread_t *ids = (pthread_t *)calloc(nt, sizeof *ids);
    if (!ts || !ids) { fputs("myriad_emu_launch: out of memory\n", stderr); abort(); }
    my_host_syncthreads = myriad_emu_syncthreads;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, (size_t)4 << 20);   /* the core's recursion limit is 2 MiB of stack */
    for (uint32_t bz = 0; bz < grid.z; bz++)
        for (uint32_t by = 0; by < grid.y; by++)
            for (uint32_t bx = 0; bx < grid.x; bx++) {
                EmuBlock b;
                pthread_mutex_init(&b.lock, NULL);
                pthread_cond_init(&b.turn, NULL);
                b.live = nt;
                b.waiting = 0;
                b.generation = 0;
                for (uint32_t k = 0; k < nt; k++) {
                    EmuThread *t = &ts[k];
                    t->pub.thread_idx.x = k % block.x;
                    t->pub.thread_idx.y = k / block.x % block.y;
                    t->pub.thread_idx.z = k / (block.x * block.y);
                    t->pub.block_idx.x = bx; t->pub.block_idx.y = by; t->pub.block_idx.z = bz;
                    t->pub.block_dim = block;
                    t->pub.grid_dim = grid;
                    t->block = &b;
                    t->kernel = kernel;
                    t->arg = arg;
                    if (pthread_create(&ids[k], &attr, emu_thread_main, t) != 0) {
                        fputs("myriad_emu_launch: cannot start a thread\n", stderr);
                        abort();
                    }
                }
                for (uint32_t k = 0; k < nt; k++) pthread_join(ids[k], NULL);
                pthread_cond_destroy(&b.turn);
                pthread_mutex_destroy(&b.lock);
            }
    pthread_attr_destroy(&attr);
    free(ts);
    free(ids);
}
