# Ported from guide block 000_9f0c9417785163fb_b09 (Memory Profiling and Monitoring › Using tracemalloc).
# The guide reads stat.traceback.frames[0]; tracemalloc.Traceback has no .frames (a
# Traceback is a sequence of Frame), so it reads stat.traceback[0].
import tracemalloc
import linecache

def memory_profiling_example():
    # Start tracing
    tracemalloc.start()
    
    # Take snapshot before allocation
    snapshot1 = tracemalloc.take_snapshot()
    
    # Allocate memory
    data = []
    for i in range(10000):
        data.append([i] * 100)
    
    # Take snapshot after allocation
    snapshot2 = tracemalloc.take_snapshot()
    
    # Compare snapshots
    top_stats = snapshot2.compare_to(snapshot1, 'lineno')
    
    print("Top 10 memory allocations:")
    for index, stat in enumerate(top_stats[:10], 1):
        print(f"{index}. {stat}")
        
        # Show source code
        frame = stat.traceback[0]
        print(f"   {linecache.getline(frame.filename, frame.lineno).strip()}")
    
    # Current memory usage
    current, peak = tracemalloc.get_traced_memory()
    print(f"Current memory usage: {current / 1024 / 1024:.1f} MB")
    print(f"Peak memory usage: {peak / 1024 / 1024:.1f} MB")
    
    tracemalloc.stop()

memory_profiling_example()
